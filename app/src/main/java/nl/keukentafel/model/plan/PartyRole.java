package nl.keukentafel.model.plan;

/** Why a party is asked to agree to a plan version. */
public enum PartyRole { PARENT, CHILD, PROFESSIONAL, NETWORK, REGISSEUR }

package nl.keukentafel.model.plan;

/** Who does an action: a family member, a network contact, the regisseur, or a typed name. */
public enum OwnerKind { MEMBER, CONTACT, REGISSEUR, NAMED }

package nl.keukentafel.model.genogram;

/** A dated step in a couple's history; the latest one decides how the couple line is drawn. */
public enum UnionEventType { RELATIONSHIP, COHABITING, ENGAGED, MARRIED, REGISTERED_PARTNERSHIP, SEPARATED, DIVORCED, WIDOWED,
    RECONCILED }

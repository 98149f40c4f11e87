package nl.keukentafel.model.plan;

/** How a coordination agreement is kept. */
public enum ContactWay { PHONE, MEETING, MAIL, OTHER }

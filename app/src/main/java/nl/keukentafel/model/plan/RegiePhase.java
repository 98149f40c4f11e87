package nl.keukentafel.model.plan;

/** The four phases of the Zeeland regiekaart: het gewone leven, zorgen en hulp nodig, onveiligheid, totale escalatie. */
public enum RegiePhase { NORMAL_LIFE, CONCERNS, UNSAFE, ESCALATION }

package nl.keukentafel.model.intake;

/** A professional's judgement of future risk (laag / matig / hoog). Chosen by a person, never computed. */
public enum RiskLevel { LOW, MODERATE, HIGH }

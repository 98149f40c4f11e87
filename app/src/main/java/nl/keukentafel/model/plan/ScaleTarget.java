package nl.keukentafel.model.plan;

/** To whom a case is scaled up or down. */
public enum ScaleTarget { VEILIG_THUIS, BESCHERMINGSTAFEL, RAAD_KINDERBESCHERMING, SPECIALISED_CARE, PROCESREGISSEUR, OTHER }

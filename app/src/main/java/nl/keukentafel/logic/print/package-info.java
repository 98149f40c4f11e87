/**
 * The printed documents (issue 13): the werkplan for parents and for a child from 12, the professional plan, the
 * evaluatieverslag, the eindrapport and the genogram and ecogram pages, as accessible PDF (tagged, nl-NL, embedded
 * fonts) from HTML templates; and the plain-language check of what the consultant typed into parent-facing fields.
 * Pure logic: no JavaFX. Files leave through {@code logic.export.DossierExports}.
 */
package nl.keukentafel.logic.print;

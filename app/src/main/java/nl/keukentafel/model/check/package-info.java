/** What the dossier check stores: the consultant's recorded exceptions to findings (issue 12). No JavaFX, no SQL. */
package nl.keukentafel.model.check;

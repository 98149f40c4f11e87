/**
 * Use cases on top of the vault: sessions (create, unlock, lock), the caseload, the dossier with autosave.
 * No JavaFX: the GUI and the CLI both drive these.
 */
package nl.keukentafel.logic;

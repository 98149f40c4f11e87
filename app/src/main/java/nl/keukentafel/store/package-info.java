/**
 * The vault: the encrypted SQLite file, its key handling (ADR 0001), the generic record table with its
 * outbox and audit log, and the single writer thread. No JavaFX.
 */
package nl.keukentafel.store;

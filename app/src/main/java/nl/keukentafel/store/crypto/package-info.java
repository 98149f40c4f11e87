/** Passphrase-derived key wrapping for the vault's data key (ADR 0001). */
package nl.keukentafel.store.crypto;

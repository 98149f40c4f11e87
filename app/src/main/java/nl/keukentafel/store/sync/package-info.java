/**
 * The vault as a sync replica (ADR 0002): the outbox as push entries, the server's answers, pulled pages applied
 * with a three-way rebase of pending edits, conflicts and rejected changes kept. Uses sync-client's wire records;
 * knows no use cases or screens.
 */
package nl.keukentafel.store.sync;

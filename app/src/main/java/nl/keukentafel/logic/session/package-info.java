/**
 * The composition root of one unlocked vault: {@link nl.keukentafel.logic.session.SessionManager} creates, unlocks and
 * locks vaults; {@link nl.keukentafel.logic.session.Session} wires the use cases of the core and of every feature
 * package. Kept apart so that no feature package and the core depend on each other in a cycle.
 */
package nl.keukentafel.logic.session;

/**
 * The reference sync server (ADR 0002): {@link nl.keukentafel.sync.server.ServerMain} is the command line,
 * {@link nl.keukentafel.sync.server.SyncServer} the composition root; {@code sync} holds push, pull and the merge,
 * {@code auth} accounts and tokens, {@code db} PostgreSQL, {@code http} the wire.
 */
package nl.keukentafel.sync.server;

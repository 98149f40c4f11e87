/**
 * The sync protocol client (ADR 0002, docs/api/openapi.yaml): HTTP with java.net.http and Jackson, gzip both
 * ways, bounded batches, backoff with jitter, token refresh, and the push-then-pull round over a
 * {@link nl.keukentafel.sync.client.LocalReplica}. Free of JavaFX and of the app's store.
 */
package nl.keukentafel.sync.client;

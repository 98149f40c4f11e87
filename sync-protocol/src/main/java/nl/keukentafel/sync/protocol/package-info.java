/**
 * The one definition of the sync protocol (ADR 0002, docs/api/openapi.yaml), shared by the client and the server:
 * the wire records and schema version ({@link nl.keukentafel.sync.protocol.Wire}), the result, reason and error codes
 * as enums, and the JSON mapper configuration ({@link nl.keukentafel.sync.protocol.ProtocolJson}). Jackson only: no
 * JavaFX, no HTTP, no SQL.
 */
package nl.keukentafel.sync.protocol;

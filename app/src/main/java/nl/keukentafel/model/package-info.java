/**
 * The domain: families, members, network contacts and the checks on what a consultant types.
 * Pure Java: no JavaFX, no JDBC. Values are immutable records and are thread-safe.
 */
package nl.keukentafel.model;

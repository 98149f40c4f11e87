/**
 * The intake (keukentafelgesprek) as stored and synced: one immutable record per record kind, each with its stored
 * field names in a nested {@code Field} class. Enum values are labelled {@code enumName.CONSTANT} and fields
 * {@code field.name} in {@code i18n/intake*.properties}. See docs/decisions/0003-intake-records.md. No JavaFX.
 */
package nl.keukentafel.model.intake;

/**
 * The settings a municipality's IT department presets for every user of a computer, in one system-wide file
 * ({@link nl.keukentafel.logic.presets.PresetsFile}), and which of them the consultant cannot change.
 */
package nl.keukentafel.logic.presets;

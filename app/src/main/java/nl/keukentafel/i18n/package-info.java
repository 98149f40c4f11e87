/** All user-visible text goes through {@link nl.keukentafel.i18n.Localization}. No JavaFX. */
package nl.keukentafel.i18n;

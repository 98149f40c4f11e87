/**
 * The genogram and ecogram as stored and synced: persons (the dossier's members plus relatives outside the
 * household), couples with dated events, per-parent child links, emotional relations and ecogram links. A person is
 * referred to by a <em>person key</em>: a member's id for a household member, a {@link GenoPerson}'s id for anyone
 * else. Enum values are labelled {@code enumName.CONSTANT} and fields {@code field.name} in
 * {@code i18n/genogram*.properties}. See docs/decisions/0004-genogram-model-and-layout.md. No JavaFX.
 */
package nl.keukentafel.model.genogram;

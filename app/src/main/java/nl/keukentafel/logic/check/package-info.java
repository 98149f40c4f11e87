/**
 * The dossier check (issue 12): every dossier held against the inspectorates' yardstick T1–T13 (BRIEF.md,
 * Toezichtkader) plus the invalid-input findings. Each criterion is one or more small {@link Rule} classes reading
 * {@link DossierFacts}; {@link CheckEngine} runs them and applies the consultant's recorded exceptions
 * ({@link Waiver}). Rules never judge safety itself: they check that what the werkwijze asks for was done and
 * recorded. Shared by the Toets view, the caseload, the intake's open-items panel and the {@code check} command.
 * No JavaFX.
 */
package nl.keukentafel.logic.check;

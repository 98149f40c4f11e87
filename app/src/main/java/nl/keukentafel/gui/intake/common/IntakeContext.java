package nl.keukentafel.gui.intake.common;

import java.time.Clock;
import java.util.UUID;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeService;

/**
 * What every intake section needs. {@code changed} asks the intake view to read the intake again (after a record was
 * added or deleted), so all sections and the open-items panel show the same state.
 */
public record IntakeContext(UUID dossierId, IntakeService intake, TaskExecutor tasks, Localization localization, Clock clock,
                            Runnable changed) {
}

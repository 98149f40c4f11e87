package nl.keukentafel.gui.sync;

import nl.keukentafel.gui.WindowTestBase;

/**
 * The real window ({@link WindowTestBase}) for the sync screens, created by Anouk Consulent (whose name the
 * screenshots show). {@code -Dkeukentafel.screenshots=DIR} also writes PNGs.
 */
abstract class SyncGuiTestBase extends WindowTestBase {

    @Override
    protected String consultantName() {
        return "Anouk Consulent";
    }
}

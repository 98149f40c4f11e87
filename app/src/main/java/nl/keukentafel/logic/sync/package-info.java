/**
 * Sync as the app sees it: server settings and login, the background loop and its status, the conflicts a
 * person resolves, and the entries the server rejected. Built on sync-client; no JavaFX.
 */
package nl.keukentafel.logic.sync;

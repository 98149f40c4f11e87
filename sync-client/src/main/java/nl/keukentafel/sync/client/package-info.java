/** The sync protocol client; see the sync issue. Free of JavaFX. */
package nl.keukentafel.sync.client;

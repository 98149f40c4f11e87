/** The reference central REST endpoint; see the sync issue. */
package nl.keukentafel.sync.server;

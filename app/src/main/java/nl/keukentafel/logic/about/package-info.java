/** What the About screen tells: the build, and the licences of what it bundles, as the build recorded them. */
package nl.keukentafel.logic.about;

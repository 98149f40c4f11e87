/** Files that leave the vault (exports, prints): atomic writes and their audit rows, one path for screens and CLI. */
package nl.keukentafel.logic.export;

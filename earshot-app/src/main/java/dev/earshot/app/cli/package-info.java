/** picocli commands of the {@code earshot} command line, one class per command. */
package dev.earshot.app.cli;

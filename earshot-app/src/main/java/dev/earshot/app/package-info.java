/** The {@code earshot} application: command-line entry point. */
package dev.earshot.app;

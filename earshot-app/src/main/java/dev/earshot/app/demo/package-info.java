/** The {@code earshot demo}: built-in sounds and the scenes it renders them in. */
package dev.earshot.app.demo;

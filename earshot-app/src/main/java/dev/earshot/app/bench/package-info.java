/** In-process measurements behind {@code earshot bench}. */
package dev.earshot.app.bench;

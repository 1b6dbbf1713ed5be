/** JSON form of {@link dev.earshot.spatial.render.SpatialParams} (the {@code --params FILE.json} of the CLI). */
package dev.earshot.spatial.render.json;

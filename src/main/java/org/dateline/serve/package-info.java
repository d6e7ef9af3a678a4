/**
 * The preview server: builds the site into a folder of its own ({@code .dateline/preview/}, never
 * the output folder that gets deployed), serves it on loopback (JDK {@code HttpServer}), watches the
 * project for changes, rebuilds what changed through the build cache, and tells open pages to
 * reload by Server-Sent Events. The reload script is added to responses only, never to the files.
 */
package org.dateline.serve;

/**
 * The project's settings: the optional {@code dateline.yml} read into one immutable {@link
 * org.dateline.config.SiteConfig}, with defaults that need no file at all.
 */
package org.dateline.config;

/**
 * The clinic's plumbing: the one datasource, schema migrations at start-up, demo data for a
 * trial install, the readiness check and the home page's figures.
 */
package org.chirodesk.system;

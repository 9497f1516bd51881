/**
 * The clinic's staff accounts: who may sign in, with which roles (administrator, chiropractor,
 * reception), and the administrator's page that opens, disables and re-roles them.
 */
package org.chirodesk.staff;

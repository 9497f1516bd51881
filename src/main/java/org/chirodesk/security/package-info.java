/**
 * Who is signed in and what they may do: form sign-in against the staff accounts, password
 * hashing, the role check on every service action, and the refusal of disabled accounts on their
 * next request.
 */
package org.chirodesk.security;

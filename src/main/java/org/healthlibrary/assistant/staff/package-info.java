/**
 * Staff accounts of the console: roles, bcrypt-hashed passwords, the first admin from
 * configuration, sign-in checks with throttling. No HTTP types: the console entry point and the
 * Quarkus identity provider call in here.
 */
package org.healthlibrary.assistant.staff;

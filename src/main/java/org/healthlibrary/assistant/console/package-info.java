/**
 * The staff console (entry point): server-rendered Qute pages under {@code /console} and their
 * JSON API under {@code /console/api}, behind form sign-in with the roles viewer, editor and
 * admin. Thin: each endpoint checks input, calls one service of {@code staff}, {@code audit},
 * {@code evaluation}, {@code feedback}, {@code review} or the answer pipeline, and records the action
 * in the audit log.
 */
package org.healthlibrary.assistant.console;

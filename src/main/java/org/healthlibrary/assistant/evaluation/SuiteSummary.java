package org.healthlibrary.assistant.evaluation;

/**
 * A suite in a list: its id, name, description, case count and the latest run's figures.
 *
 * @param lastPassed passed cases of the latest run, or -1 when never run
 * @param lastFailed failed cases of the latest run, or -1 when never run
 */
public record SuiteSummary(long id, String name, String description, boolean shipped, int cases,
                           int lastPassed, int lastFailed) {
}

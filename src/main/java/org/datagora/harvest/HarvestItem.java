package org.datagora.harvest;

import java.util.UUID;

/**
 * What a job did with one item of the source.
 *
 * @param outcome created, updated, unchanged, archived, skipped or failed
 * @param message why it failed or was skipped, or what of it was left out, for the publisher
 */
public record HarvestItem(long id, String remoteId, UUID datasetId, String title, String outcome, String message) {
}

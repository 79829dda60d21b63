package org.clearance.update;

import java.time.Instant;

/**
 * What the last update of one dataset got from its publisher ({@code list_fetch}, V9).
 *
 * @param outcome    of the last try: {@code updated}, {@code unchanged} or {@code failed}
 * @param message    why the last try failed, else null
 * @param fetchedAt  the last good answer (a 304 "not modified" included), null when none yet
 * @param changedAt  the last fetch that stored a new version, null when none yet
 * @param etag       the publisher's validators of the last good file, null when it sent none
 * @param sha256     of the last good file, null when none yet
 */
public record FetchRecord(String dataset, String url, Instant triedAt, String outcome, String message,
        Instant fetchedAt, Instant changedAt, String etag, String lastModified, String sha256, long bytes) {

    /** The validators to send to the same address next time; none when the address changed since. */
    public Downloader.Validators validatorsFor(String address) {
        return address.equals(url) && sha256 != null ? new Downloader.Validators(etag, lastModified) : Downloader.Validators.NONE;
    }
}

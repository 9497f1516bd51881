/**
 * Data-protection requests an administrator answers for one patient: a subject-access export of
 * everything held (JSON and a readable PDF, with the access log), an erasure that anonymises the
 * identifying details while the clinical record is retained, and the per-patient access report.
 */
package org.chirodesk.privacy;

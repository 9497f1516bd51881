/**
 * The append-only audit trail: every view and change of a patient's record, and every refusal,
 * with who, when (UTC) and the outcome. Administrators read it per patient.
 */
package org.chirodesk.audit;

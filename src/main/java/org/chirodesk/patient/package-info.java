/**
 * The patient register: registering and finding patients at the front desk, their contact and
 * care details, duplicates, archiving. Every change and every view of a record is audited.
 */
package org.chirodesk.patient;

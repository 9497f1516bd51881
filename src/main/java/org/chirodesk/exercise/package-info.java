/**
 * The clinic's exercise catalogue: each exercise with its steps, dosage, common mistakes and
 * variations, seeded from the clinic's own patient-education article on active rest for lower
 * back pain. Whatever an exercise says, it must never increase pain.
 */
package org.chirodesk.exercise;

package org.chirodesk.patient;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A patient of the clinic as the front desk knows them: who they are, how to reach them, who
 * referred them and how their day is spent (the active-rest advice depends on their sitting
 * hours). Registered once, edited by any member of staff, archived rather than deleted. The
 * clinical chart hangs off the patient but is not part of this record.
 */
@Entity
@Table(name = "patient")
public class Patient {

    static final String PHONE = "[+0-9 ()./-]*";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** The id in addresses: random, so that a URL says nothing about the patient. */
    @Column(name = "public_id", nullable = false, updatable = false, length = 22)
    private String publicId;

    @NotBlank
    @Size(max = 100, message = "{text.tooLong}")
    @Column(name = "family_name", nullable = false)
    private String familyName;

    @NotBlank
    @Size(max = 100, message = "{text.tooLong}")
    @Column(name = "given_names", nullable = false)
    private String givenNames;

    @NotNull
    @Past(message = "{patient.dateOfBirth.past}")
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false)
    private Sex sex;

    @Size(max = 30, message = "{text.tooLong}")
    @Pattern(regexp = PHONE, message = "{patient.phone.invalid}")
    @Column(name = "mobile_phone")
    private String mobilePhone;

    @Size(max = 30, message = "{text.tooLong}")
    @Pattern(regexp = PHONE, message = "{patient.phone.invalid}")
    @Column(name = "other_phone")
    private String otherPhone;

    @Size(max = 254, message = "{text.tooLong}")
    @Email(message = "{patient.email.invalid}")
    @Column(name = "email")
    private String email;

    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "address_line1")
    private String addressLine1;

    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "address_line2")
    private String addressLine2;

    @Size(max = 80, message = "{text.tooLong}")
    @Column(name = "town")
    private String town;

    @Size(max = 16, message = "{text.tooLong}")
    @Column(name = "postcode")
    private String postcode;

    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "emergency_contact_name")
    private String emergencyContactName;

    @Size(max = 30, message = "{text.tooLong}")
    @Pattern(regexp = PHONE, message = "{patient.phone.invalid}")
    @Column(name = "emergency_contact_phone")
    private String emergencyContactPhone;

    @Size(max = 200, message = "{text.tooLong}")
    @Column(name = "gp")
    private String gp;

    @Size(max = 200, message = "{text.tooLong}")
    @Column(name = "referrer")
    private String referrer;

    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "occupation")
    private String occupation;

    @Min(0)
    @Max(24)
    @Column(name = "sitting_hours_per_day")
    private Integer sittingHoursPerDay;

    @Column(name = "contact_by_phone", nullable = false)
    private boolean contactByPhone;

    @Column(name = "contact_by_sms", nullable = false)
    private boolean contactBySms;

    @Column(name = "contact_by_email", nullable = false)
    private boolean contactByEmail;

    @Column(name = "contact_by_post", nullable = false)
    private boolean contactByPost;

    @Column(name = "phone_digits", length = 30)
    private String phoneDigits;

    @Column(nullable = false)
    private boolean archived;

    @ElementCollection
    @CollectionTable(name = "patient_name_token", joinColumns = @JoinColumn(name = "patient_id"))
    @Column(name = "token", nullable = false, length = 60)
    private Set<String> nameWords = new HashSet<>();

    @Column(name = "erased_at")
    private LocalDateTime erasedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    public Patient() {
        publicId = randomId();
        sex = Sex.NOT_STATED;
    }

    @PrePersist
    void registered() {
        createdAt = updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    @PreUpdate
    void changed() {
        updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
    }

    /**
     * Answers an erasure request: removes what identifies the patient, keeps the date of birth's
     * year (clinical records need an age) and archives the record. The clinical record itself is
     * kept for its legal retention period. Returns the names of the details that held something
     * and were removed.
     */
    public List<String> erase() {
        var erased = new ArrayList<String>();
        familyName = cleared(erased, "familyName", familyName, "Erased");
        givenNames = cleared(erased, "givenNames", givenNames, "Patient");
        mobilePhone = cleared(erased, "mobilePhone", mobilePhone, null);
        otherPhone = cleared(erased, "otherPhone", otherPhone, null);
        email = cleared(erased, "email", email, null);
        addressLine1 = cleared(erased, "addressLine1", addressLine1, null);
        addressLine2 = cleared(erased, "addressLine2", addressLine2, null);
        town = cleared(erased, "town", town, null);
        postcode = cleared(erased, "postcode", postcode, null);
        emergencyContactName = cleared(erased, "emergencyContactName", emergencyContactName, null);
        emergencyContactPhone = cleared(erased, "emergencyContactPhone", emergencyContactPhone, null);
        gp = cleared(erased, "gp", gp, null);
        referrer = cleared(erased, "referrer", referrer, null);
        occupation = cleared(erased, "occupation", occupation, null);
        if (dateOfBirth != null && !dateOfBirth.equals(dateOfBirth.withDayOfYear(1))) {
            dateOfBirth = dateOfBirth.withDayOfYear(1);
            erased.add("dateOfBirth");
        }
        phoneDigits = null;
        nameWords.clear();
        archived = true;
        erasedAt = LocalDateTime.now(ZoneOffset.UTC);
        return erased;
    }

    private static String cleared(List<String> erased, String name, String value, String replacement) {
        if (value != null && !value.equals(replacement)) {
            erased.add(name);
        }
        return replacement;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** The clinic's patient number, P and six digits: P000042. */
    public String getNumber() {
        return id == null ? null : "P%06d".formatted(id);
    }

    public Integer ageOn(LocalDate day) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
    }

    public String getFullName() {
        return givenNames + " " + familyName;
    }

    static String digits(String phone) {
        if (phone == null) {
            return null;
        }
        var digits = phone.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits;
    }

    private static String randomId() {
        var id = new char[22];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getPublicId() {
        return publicId;
    }

    public boolean isArchived() {
        return archived;
    }

    public String getPhoneDigits() {
        return phoneDigits;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName == null ? null : familyName.strip();
        var words = NameWords.of(this.familyName, this.givenNames);
        nameWords.retainAll(words);
        nameWords.addAll(words);
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames == null ? null : givenNames.strip();
        var words = NameWords.of(this.familyName, this.givenNames);
        nameWords.retainAll(words);
        nameWords.addAll(words);
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
        phoneDigits = digits(mobilePhone != null ? mobilePhone : otherPhone);
    }

    public String getOtherPhone() {
        return otherPhone;
    }

    public void setOtherPhone(String otherPhone) {
        this.otherPhone = otherPhone;
        phoneDigits = digits(mobilePhone != null ? mobilePhone : otherPhone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public void setEmergencyContactName(String emergencyContactName) {
        this.emergencyContactName = emergencyContactName;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public void setEmergencyContactPhone(String emergencyContactPhone) {
        this.emergencyContactPhone = emergencyContactPhone;
    }

    public String getGp() {
        return gp;
    }

    public void setGp(String gp) {
        this.gp = gp;
    }

    public String getReferrer() {
        return referrer;
    }

    public void setReferrer(String referrer) {
        this.referrer = referrer;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public Integer getSittingHoursPerDay() {
        return sittingHoursPerDay;
    }

    public void setSittingHoursPerDay(Integer sittingHoursPerDay) {
        this.sittingHoursPerDay = sittingHoursPerDay;
    }

    public boolean isContactByPhone() {
        return contactByPhone;
    }

    public void setContactByPhone(boolean contactByPhone) {
        this.contactByPhone = contactByPhone;
    }

    public boolean isContactBySms() {
        return contactBySms;
    }

    public void setContactBySms(boolean contactBySms) {
        this.contactBySms = contactBySms;
    }

    public boolean isContactByEmail() {
        return contactByEmail;
    }

    public void setContactByEmail(boolean contactByEmail) {
        this.contactByEmail = contactByEmail;
    }

    public boolean isContactByPost() {
        return contactByPost;
    }

    public void setContactByPost(boolean contactByPost) {
        this.contactByPost = contactByPost;
    }
}

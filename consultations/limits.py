"""The longest value each field of a consultation request may hold (the form and the model)."""

NAME_MAX = 120
EMAIL_MAX = 254
PHONE_MAX = 30
TREATMENT_MAX = 200
LOCATION_MAX = 200
MESSAGE_MAX = 500
NOTES_MAX = 2000
REASON_MAX = 300

"""The sendgrid-reseller code generator: spec/ in, generated/sendgrid-reseller/ out."""

-- ONSITE_WITHOUT_BODYCAM now also looks in the traffic clip register (bodycam_clips).
UPDATE supervision_rules SET
 description_zh = '当场处罚决定记载的执法记录仪编号（视频标识"/"前的设备号）既没有案件材料（BODYCAM_CLIP）中的视频，也没有执法记录仪视频登记（交警从采集站登记的视频）中的视频，前后各放宽 marginMinutes 分钟后覆盖违法时间。',
 description_en = 'The body-worn camera named on an on-site decision (the device code before the "/" of its clip reference) has no clip, neither among BODYCAM_CLIP case materials nor in the traffic clip register (clips registered from the camera docks), that covers the time of the violation, allowing `marginMinutes` either side.'
WHERE code = 'ONSITE_WITHOUT_BODYCAM';

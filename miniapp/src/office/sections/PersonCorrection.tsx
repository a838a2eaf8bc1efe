import { PersonPatchSchema, type AnswerOf, type Routes } from '@jifenbao/shared'
import { View } from '@tarojs/components'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { FormChoice, PARTY_MEMBER } from '../parts/FormChoice'
import { FormField } from '../parts/FormField'
import { Outcome } from '../parts/Outcome'
import { useForm } from '../parts/useForm'
import { useWrite } from '../parts/useWrite'

type Person = AnswerOf<Routes['getPerson']>

/** Corrections: only what was changed is sent; numbers are shown masked and typed anew. */
export function Correction({ person, saved }: { person: Person; saved: () => void }) {
  const form = useForm(
    { name: person.name, phone: '', idNumber: '', partyMember: person.partyMember ? 'yes' : 'no' },
    PersonPatchSchema,
    (v) => ({
      ...(v.name !== person.name && { name: v.name }),
      ...(v.phone.trim() && { phone: v.phone.trim() }),
      ...(v.idNumber.trim() && { idNumber: v.idNumber.trim() }),
      partyMember: v.partyMember === 'yes',
    }),
  )
  const write = useWrite()
  const save = () =>
    write
      .run(
        () => call('patchPerson', { params: { personId: person.id }, body: form.body! }),
        '已改正',
      )
      .then((ok) => ok && saved())
  return (
    <View className="office-form">
      <FormField form={form} name="name" label="姓名" />
      <FormField form={form} name="phone" label={`新手机号（现为 ${person.phone ?? '无'}）`} />
      <FormField
        form={form}
        name="idNumber"
        label={`新身份证号（现为 ${person.idNumber ?? '无'}）`}
      />
      <FormChoice form={form} name="partyMember" options={PARTY_MEMBER} />
      <Outcome write={write} />
      <Button disabled={!form.body} loading={write.busy} onClick={save}>
        保存改正
      </Button>
    </View>
  )
}
